# Produce-to-consume latency with librdkafka (confluent_kafka): a producer at a fixed
# rate stamps each 1 KiB value with its send time; an assign() consumer in the same
# process records arrival minus send, and the delivery reports give send-to-ack. The
# first second is warm-up and is not counted. Prints one JSON line with the percentiles.
# Usage: /usr/bin/python3 latency.py <bootstrap> <topic> <rate per s> <seconds> [acks: all|1]
import json, sys, time
from confluent_kafka import Consumer, Producer, TopicPartition, OFFSET_END

bootstrap, topic, rate, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
producer = Producer({"bootstrap.servers": bootstrap, "acks": sys.argv[5] if len(sys.argv) > 5 else "all", "linger.ms": 0})
consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "unused", "enable.auto.commit": False,
                     "fetch.wait.max.ms": 100, "fetch.min.bytes": 1})
consumer.assign([TopicPartition(topic, 0, OFFSET_END)])
# Let the consumer resolve its position before the clock starts.
deadline = time.time() + 5
while not consumer.assignment() and time.time() < deadline:
    consumer.poll(0.05)
consumer.poll(0.5)

pad = b"x" * 1000
WARMUP = 1.0
latencies = []
interval = 1.0 / rate
received = 0


acks_lat = []
def on_delivery(err, msg):
    if err is None:
        sent_at, counted, _ = msg.value().split(b"|", 2)
        if counted == b"1":
            acks_lat.append(time.perf_counter() - float(sent_at))

def record(value):
    global received
    received += 1
    sent_at, counted, _ = value.split(b"|", 2)
    if counted == b"1":
        latencies.append(time.perf_counter() - float(sent_at))


start = time.perf_counter()
sent = 0
end_at = start + seconds
while True:
    now = time.perf_counter()
    if now >= end_at:
        break
    due = start + sent * interval
    while sent * interval <= now - start:
        producer.produce(topic, value=b"%.9f|%d|" % (time.perf_counter(), 1 if sent * interval >= WARMUP else 0) + pad, partition=0, on_delivery=on_delivery)
        sent += 1
    producer.poll(0)
    msg = consumer.poll(max(0.0, min(0.001, due + interval - time.perf_counter())))
    while msg is not None:
        if msg.error() is None:
            record(msg.value())
        msg = consumer.poll(0)
producer.flush(10)
drain_until = time.time() + 5
while received < sent and time.time() < drain_until:
    msg = consumer.poll(0.05)
    if msg is not None and msg.error() is None:
        record(msg.value())
consumer.close()
latencies.sort()
def pct(p):
    return round(latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000, 2) if latencies else None
acks_lat.sort()
def apct(p):
    return round(acks_lat[min(len(acks_lat) - 1, int(len(acks_lat) * p))] * 1000, 2) if acks_lat else None
print(json.dumps({"ack_p50": apct(0.5), "ack_p99": apct(0.99), "sent": sent, "received": received, "counted": len(latencies), "p50_ms": pct(0.5), "p99_ms": pct(0.99), "max_ms": pct(1.0)}))
