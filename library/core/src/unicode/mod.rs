//! Unicode properties and case mappings of non-ASCII chars, looked up in the generated `tables`.

mod tables;

/// Whether `c` is in a table of `first, last, step` triples sorted by `first`.
fn in_table(table: &[u32], c: u32) -> bool {
    match last_at_or_before(table, 3, c) {
        Some(k) => c <= table[k + 1] && (c - table[k]) % table[k + 2] == 0,
        None => false,
    }
}

/// The index of the last row (of `width` numbers) whose first number is at most `c`.
fn last_at_or_before(table: &[u32], width: usize, c: u32) -> Option<usize> {
    let mut lo = 0;
    let mut hi = table.len() / width;
    // invariant: rows before `lo` start at or before `c`, rows from `hi` on start after it
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[mid * width] <= c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if lo == 0 { None } else { Some((lo - 1) * width) }
}

pub(crate) fn is_alphabetic(c: char) -> bool {
    in_table(tables::ALPHABETIC, c as u32)
}

pub(crate) fn is_lowercase(c: char) -> bool {
    in_table(tables::LOWERCASE, c as u32)
}

pub(crate) fn is_uppercase(c: char) -> bool {
    in_table(tables::UPPERCASE, c as u32)
}

pub(crate) fn is_numeric(c: char) -> bool {
    in_table(tables::NUMERIC, c as u32)
}

/// `c` mapped by a table of runs and a table of multi-char mappings; unused places are NUL.
fn map_case(runs: &[u32], multi: &[(char, [char; 3])], c: char) -> [char; 3] {
    let code = c as u32;
    if let Some(k) = last_at_or_before(runs, 4, code) {
        if code <= runs[k + 1] && (code - runs[k]) % runs[k + 2] == 0 {
            let mapped = unsafe { crate::intrinsics::transmute::<u32, char>(code.wrapping_add(runs[k + 3])) };
            return [mapped, '\0', '\0'];
        }
    }
    let mut lo = 0;
    let mut hi = multi.len();
    while lo < hi {
        let mid = (lo + hi) / 2;
        if multi[mid].0 == c {
            return multi[mid].1;
        } else if multi[mid].0 < c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    [c, '\0', '\0']
}

/// The full lower-case mapping of a non-ASCII char.
pub(crate) fn to_lower(c: char) -> [char; 3] {
    map_case(tables::TO_LOWER, tables::TO_LOWER_MULTI, c)
}

/// The full upper-case mapping of a non-ASCII char.
pub(crate) fn to_upper(c: char) -> [char; 3] {
    map_case(tables::TO_UPPER, tables::TO_UPPER_MULTI, c)
}
