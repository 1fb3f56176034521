# TEST-ONLY: driven by produce-fetch-librdkafka.test.ts. Produces with confluent_kafka
# (librdkafka) with acks=all and lz4, then consumes with assign() and a manual start
# offset (no consumer group), and prints one JSON object of what happened.
import json
import sys

from confluent_kafka import Consumer, Producer, TopicPartition

bootstrap, topic = sys.argv[1], sys.argv[2]
errors = []
delivered = []


def on_delivery(err, msg):
    if err is not None:
        errors.append(str(err))
    else:
        delivered.append(msg.offset())


producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "compression.type": "lz4", "linger.ms": 5})
for i in range(20):
    producer.produce(
        topic,
        key=f"patient-{i % 3}".encode(),
        value=f"heart-rate {60 + i}".encode(),
        partition=0,
        headers=[("seq", str(i).encode())],
        on_delivery=on_delivery,
    )
left = producer.flush(20)

# group.id is required by the client even though assign() never joins a group.
consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "unused", "enable.auto.commit": False})
consumer.assign([TopicPartition(topic, 0, 15)])
consumed = []
while len(consumed) < 5:
    msg = consumer.poll(10)
    if msg is None:
        errors.append("no message within 10 s")
        break
    if msg.error():
        errors.append(str(msg.error()))
        break
    consumed.append({
        "offset": msg.offset(),
        "key": msg.key().decode(),
        "value": msg.value().decode(),
        "headers": {k: v.decode() for k, v in (msg.headers() or [])},
    })
low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
consumer.close()
print(json.dumps({"errors": errors, "unflushed": left, "delivered": sorted(delivered), "consumed": consumed, "watermarks": [low, high]}))
