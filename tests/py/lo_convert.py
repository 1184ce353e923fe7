"""Opens a document in LibreOffice (headless, through UNO) with a password and saves it as PDF.

Run with Debian's /usr/bin/python3 (python3-uno): `lo_convert.py IN OUT.pdf PASSWORD`.
Exit code 0: converted; 3: LibreOffice refused the password (or could not load the file).
A fresh user profile per run, so nothing of a real profile is touched."""

import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    source, target, password = sys.argv[1], sys.argv[2], sys.argv[3]
    pipe = "lo" + uuid.uuid4().hex
    with tempfile.TemporaryDirectory() as profile:
        office = subprocess.Popen([
            "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;",
        ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            for _ in range(120):
                try:
                    ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                    break
                except Exception:
                    time.sleep(0.5)
            else:
                sys.exit("LibreOffice did not start")
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            url = uno.systemPathToFileUrl(source)
            try:
                doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("Password", password)))
            except Exception as e:  # wrong password: IOException / IllegalArgument
                print(f"refused: {e}", file=sys.stderr)
                sys.exit(3)
            if doc is None:
                sys.exit(3)
            doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
            doc.close(True)
        finally:
            try:
                desktop.terminate()
            except Exception:
                pass
            office.terminate()
            office.wait(timeout=30)


if __name__ == "__main__":
    main()
