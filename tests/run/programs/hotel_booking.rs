// Hotel bookings with Range overlap checks, BTreeMap per room, error enum and occupancy report.
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum RoomType { Single, Double, Suite }

#[derive(Debug)]
struct Booking { guest: String, nights: Range<u32> }

#[derive(Debug, PartialEq)]
enum BookingError { NoSuchRoom(u16), EmptyStay, Conflict { room: u16, with: String }, NoneAvailable(RoomType) }

impl fmt::Display for BookingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoSuchRoom(r) => write!(f, "room {} does not exist", r),
            Self::EmptyStay => write!(f, "stay must be at least one night"),
            Self::Conflict { room, with } => write!(f, "room {} already booked by {}", room, with),
            Self::NoneAvailable(t) => write!(f, "no {:?} room available", t),
        }
    }
}

struct Hotel { rooms: BTreeMap<u16, (RoomType, Vec<Booking>)> }

fn overlaps(a: &Range<u32>, b: &Range<u32>) -> bool { a.start < b.end && b.start < a.end }

impl Hotel {
    fn book(&mut self, room: u16, guest: &str, nights: Range<u32>) -> Result<u16, BookingError> {
        if nights.is_empty() { return Err(BookingError::EmptyStay); }
        let (_, bookings) = self.rooms.get_mut(&room).ok_or(BookingError::NoSuchRoom(room))?;
        if let Some(b) = bookings.iter().find(|b| overlaps(&b.nights, &nights)) {
            return Err(BookingError::Conflict { room, with: b.guest.clone() });
        }
        bookings.push(Booking { guest: guest.to_string(), nights });
        bookings.sort_by_key(|b| b.nights.start);
        Ok(room)
    }
    fn book_any(&mut self, kind: RoomType, guest: &str, nights: Range<u32>) -> Result<u16, BookingError> {
        let free = self.rooms.iter()
            .filter(|(_, (t, bs))| *t == kind && bs.iter().all(|b| !overlaps(&b.nights, &nights)))
            .map(|(n, _)| *n)
            .next();
        match free {
            Some(room) => self.book(room, guest, nights),
            None => Err(BookingError::NoneAvailable(kind)),
        }
    }
    fn cancel(&mut self, guest: &str) -> usize {
        let mut removed = 0;
        for (_, bookings) in self.rooms.values_mut() {
            let before = bookings.len();
            bookings.retain(|b| b.guest != guest);
            removed += before - bookings.len();
        }
        removed
    }
    fn occupancy(&self, nights: Range<u32>) -> String {
        let mut out = String::new();
        for (num, (kind, bookings)) in &self.rooms {
            let row: String = nights.clone().map(|n| {
                match bookings.iter().find(|b| b.nights.contains(&n)) {
                    Some(b) => b.guest.chars().next().unwrap().to_ascii_uppercase(),
                    None => '.',
                }
            }).collect();
            out += &format!("{:>4} {:<7} {}\n", num, format!("{:?}", kind), row);
        }
        out
    }
}

fn main() {
    let mut hotel = Hotel { rooms: BTreeMap::new() };
    for (n, t) in [(101, RoomType::Single), (102, RoomType::Double), (103, RoomType::Double), (201, RoomType::Suite)] {
        hotel.rooms.insert(n, (t, Vec::new()));
    }
    let requests: Vec<(&str, Option<u16>, RoomType, Range<u32>)> = vec![
        ("alice", Some(101), RoomType::Single, 1..4),
        ("bob", Some(101), RoomType::Single, 3..5),
        ("carol", None, RoomType::Double, 2..6),
        ("dave", None, RoomType::Double, 4..7),
        ("erin", None, RoomType::Double, 5..6),
        ("frank", Some(301), RoomType::Suite, 1..2),
        ("gina", None, RoomType::Suite, 3..3),
        ("hank", None, RoomType::Suite, 6..10),
        ("ivy", Some(101), RoomType::Single, 4..9),
    ];
    for (guest, room, kind, nights) in requests {
        let shown = format!("{:?}", nights);
        let res = match room {
            Some(r) => hotel.book(r, guest, nights),
            None => hotel.book_any(kind, guest, nights),
        };
        match res {
            Ok(r) => println!("{:<6} {:<6} -> room {}", guest, shown, r),
            Err(e) => println!("{:<6} {:<6} -> {}", guest, shown, e),
        }
    }
    print!("{}", hotel.occupancy(0..10));
    println!("cancelled {} booking(s) for dave", hotel.cancel("dave"));
    println!("{:?}", hotel.book_any(RoomType::Double, "erin", 5..6));
    print!("{}", hotel.occupancy(0..10));
    let nights_sold: u32 = hotel.rooms.values().flat_map(|(_, bs)| bs.iter()).map(|b| b.nights.len() as u32).sum();
    println!("nights sold: {}, 3..=5 inclusive has {} nights", nights_sold, (3..=5).count());
}
