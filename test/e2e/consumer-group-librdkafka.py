# TEST-ONLY: driven by consumer-group-librdkafka.test.ts. A confluent_kafka (librdkafka)
# Consumer in a classic group (subscribe, not assign): consumes `count` records, commits
# them synchronously, closes (LeaveGroup; a static member, with the optional fifth
# argument as group.instance.id, does not leave), and prints one JSON object.
import json
import sys

from confluent_kafka import Consumer, KafkaException

bootstrap, group, topic, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
instance = sys.argv[5] if len(sys.argv) > 5 else None
errors = []
assigned = []


def on_assign(consumer, partitions):
    assigned.extend(p.partition for p in partitions)


config = {
    "bootstrap.servers": bootstrap,
    "group.id": group,
    "auto.offset.reset": "earliest",
    "enable.auto.commit": False,
    "session.timeout.ms": 6000,
    "heartbeat.interval.ms": 500,
}
if instance is not None:
    config["group.instance.id"] = instance
consumer = Consumer(config)
consumer.subscribe([topic], on_assign=on_assign)
values = []
while len(values) < count:
    msg = consumer.poll(15)
    if msg is None:
        errors.append(f"no message within 15 s after {len(values)}")
        break
    if msg.error():
        errors.append(str(msg.error()))
        break
    values.append(msg.value().decode())
try:
    committed = consumer.commit(asynchronous=False)
    committed_offsets = sorted((tp.partition, tp.offset) for tp in committed or [])
except KafkaException as e:
    errors.append(f"commit: {e}")
    committed_offsets = []
# Nothing more arrives after `count`: the next poll shows no extra record is delivered.
extra = consumer.poll(1)
if extra is not None and not extra.error():
    values.append(extra.value().decode())
consumer.close()
print(json.dumps({"errors": errors, "assigned": sorted(assigned), "values": values, "committed": committed_offsets}))
