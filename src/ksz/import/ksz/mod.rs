//! The KSZ's own web services (not MAGDA, not the TX25): SSDN `IdentifyPerson` (`ssdn`), RVA
//! `UnemploymentData` (`rva`), NIC `HealthCareInsurance` (`health`) and `JobSeeker`
//! (`jobseeker`); the last three read from their schemas only.

pub(in crate::ksz::import) mod health;
pub(in crate::ksz::import) mod jobseeker;
pub(in crate::ksz::import) mod rva;
pub(in crate::ksz::import) mod ssdn;
