pub(super) mod map;
pub(super) mod set;
