# TEST-ONLY: driven by idempotent-producer-librdkafka.test.ts. An idempotent
# confluent_kafka Producer (librdkafka asks InitProducerId for its producer id), then a
# Consumer with assign() (no group) reading everything back. Prints one JSON object.
import json
import sys

from confluent_kafka import Consumer, Producer, TopicPartition

bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
errors = []
delivered = []


def on_delivery(err, msg):
    if err is not None:
        errors.append(str(err))
    else:
        delivered.append(msg.offset())


producer = Producer({
    "bootstrap.servers": bootstrap,
    "enable.idempotence": True,
    "linger.ms": 5,
    "batch.num.messages": 7,
    "compression.type": "lz4",
    "error_cb": lambda err: errors.append("error_cb: " + str(err)),
})
for i in range(count):
    producer.produce(topic, key=f"mrn-{i % 5}".encode(), value=f"spo2 {i}".encode(), partition=0, on_delivery=on_delivery)
    if i % 10 == 0:
        producer.poll(0)
left = producer.flush(30)

consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "unused", "enable.auto.commit": False})
consumer.assign([TopicPartition(topic, 0, 0)])
consumed = []
while len(consumed) < count:
    msg = consumer.poll(10)
    if msg is None:
        break
    if msg.error():
        errors.append(str(msg.error()))
        break
    consumed.append(msg.value().decode())
low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
consumer.close()
print(json.dumps({"errors": errors, "unflushed": left, "delivered": sorted(delivered), "consumed": consumed, "watermarks": [low, high]}))
