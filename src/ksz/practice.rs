//! Practice dossiers: the worker's worksheet next to the model answer, line by line.

use super::engine::{worksheet, Line, Worksheet};
use super::knowledge::{Column, Dossier};
use super::record::Record;

/// How a line of the model answer or of the worker's worksheet compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// In both.
    Both,
    /// In the model answer only: the worker missed it.
    Missed,
    /// In the worker's worksheet only.
    Extra,
}

/// One compared line, with the dossier's commentary on it, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compared {
    pub condition: &'static str,
    pub column: Column,
    pub line: Line,
    pub mark: Mark,
    pub commentary: Option<&'static str>,
}

/// The model answer of a dossier: the worksheet of its model record.
pub fn model(dossier: &Dossier) -> Worksheet {
    worksheet(&Record::of_dossier(dossier))
}

/// The model answer and the worker's worksheet, compared line by line, in worksheet order.
pub fn compare(dossier: &Dossier, mine: &Record) -> Vec<Compared> {
    let model = model(dossier);
    let mine = worksheet(mine);
    // The lines' keys as lists (a worksheet has a few dozen lines; no set type in the page).
    let keys = |w: &Worksheet| -> Vec<String> {
        w.conditions
            .iter()
            .flat_map(|c| c.lines())
            .map(Line::key)
            .collect()
    };
    let (model_keys, my_keys) = (keys(&model), keys(&mine));
    let commentary = |key: &str| {
        dossier
            .commentary
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, c)| c.get())
    };
    let mut out = Vec::new();
    for (m, w) in model.conditions.iter().zip(&mine.conditions) {
        for column in [Column::Established, Column::Needed, Column::DontAsk] {
            for line in m.column(column) {
                let key = line.key();
                let mark = if my_keys.contains(&key) {
                    Mark::Both
                } else {
                    Mark::Missed
                };
                out.push(Compared {
                    condition: m.condition.id,
                    column,
                    commentary: commentary(&key),
                    line: line.clone(),
                    mark,
                });
            }
            for line in w.column(column) {
                if !model_keys.contains(&line.key()) {
                    out.push(Compared {
                        condition: w.condition.id,
                        column,
                        commentary: None,
                        line: line.clone(),
                        mark: Mark::Extra,
                    });
                }
            }
        }
    }
    out
}
