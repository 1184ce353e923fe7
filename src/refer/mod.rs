//! The sender's side: the referral's steps ([`flow`]), sealing the confirmed referral into an
//! encrypted file ([`seal`], [`filename`]; the ZIP itself is `formats::zip`) and the helpers
//! for sending it ([`send`]).

pub mod choice;
pub mod filename;
pub mod flow;
pub mod seal;
pub mod send;
pub mod step;

pub use choice::{NotReady, PasswordAction, PasswordChoice};
pub use flow::{Edit, Failure, Flow, FlowAction, Notice, Problem, SealInput, Ticket};
pub use seal::{plain, seal, Format, Layout, NamedFile, SealError, Sealing};
pub use step::Step;
