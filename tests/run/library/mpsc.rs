use std::sync::mpsc::{self, Receiver, RecvError, Sender, TryRecvError};
use std::thread;
use std::time::Duration;

struct Queue {
    first_half: Vec<u32>,
    second_half: Vec<u32>,
}

// rustlings threads3: two producers share a channel through cloned senders
fn send_tx(q: Queue, tx: Sender<u32>) {
    let tx2 = tx.clone();
    thread::spawn(move || {
        for val in q.first_half {
            tx.send(val).unwrap();
            thread::sleep(Duration::from_millis(2));
        }
    });
    thread::spawn(move || {
        for val in q.second_half {
            tx2.send(val).unwrap();
            thread::sleep(Duration::from_millis(2));
        }
    });
}

fn consume(rx: Receiver<String>) -> Vec<String> {
    rx.iter().collect()
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let q = Queue { first_half: vec![1, 2, 3, 4, 5], second_half: vec![6, 7, 8, 9, 10] };
    send_tx(q, tx);
    let mut total = 0;
    let mut count = 0;
    for received in rx {
        total += received;
        count += 1;
    }
    println!("received {} values, total {}", count, total);

    // one producer: values arrive in order, then recv fails once the sender is gone
    let (tx, rx) = mpsc::channel::<String>();
    let producer = thread::spawn(move || {
        for word in ["one", "two", "three"] {
            tx.send(word.to_string()).unwrap();
        }
    });
    producer.join().unwrap();
    println!("{:?}", rx.recv());
    println!("{:?}", rx.try_recv());
    let rest = consume(rx);
    println!("{:?}", rest);

    let (tx, rx) = mpsc::channel::<i32>();
    println!("{:?}", rx.try_recv() == Err(TryRecvError::Empty));
    tx.send(7).unwrap();
    drop(tx);
    println!("{:?} {:?} {:?}", rx.recv(), rx.recv(), rx.try_recv());
    println!("{}", rx.recv() == Err(RecvError));

    // sending into a channel whose receiver is gone fails and returns the value
    let (tx, rx) = mpsc::channel::<i32>();
    drop(rx);
    let err = tx.send(3).unwrap_err();
    println!("{} {:?} {}", err, err, err.0);

    // a worker answering requests over a pair of channels
    let (req_tx, req_rx) = mpsc::channel::<u64>();
    let (resp_tx, resp_rx) = mpsc::channel::<u64>();
    let worker = thread::spawn(move || {
        let mut served = 0;
        for n in req_rx {
            resp_tx.send(n * n).unwrap();
            served += 1;
        }
        served
    });
    for n in 1..=4 {
        req_tx.send(n).unwrap();
        println!("{}^2 = {}", n, resp_rx.recv().unwrap());
    }
    drop(req_tx);
    println!("served {}", worker.join().unwrap());

    // a bounded channel makes the producer wait for the consumer
    let (tx, rx) = mpsc::sync_channel::<usize>(1);
    let p = thread::spawn(move || {
        for i in 0..5 {
            tx.send(i).unwrap();
        }
    });
    let got: Vec<usize> = rx.iter().collect();
    p.join().unwrap();
    println!("{:?}", got);
}
