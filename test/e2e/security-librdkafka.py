# TEST-ONLY: driven by security-librdkafka.test.ts. Takes the client's security settings
# as JSON (librdkafka names), produces five records to partition 0 of a topic, reads
# them back with assign() (no consumer group), and prints one JSON object of what happened.
# The pseudo-setting "test.oauth.token" becomes an oauth_cb returning that token (OAUTHBEARER).
import json
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition

bootstrap, topic, settings = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
oauth_token = settings.pop("test.oauth.token", None)
if oauth_token is not None:
    settings["oauth_cb"] = lambda _config: (oauth_token, time.time() + 3600)
errors = []
delivered = []


def on_error(err):
    errors.append(str(err))


def on_delivery(err, msg):
    if err is not None:
        errors.append(str(err))
    else:
        delivered.append(msg.offset())


common = {"bootstrap.servers": bootstrap, "error_cb": on_error, **settings}
producer = Producer({"acks": "all", "message.timeout.ms": 10000, **common})
for i in range(5):
    producer.produce(topic, key=f"mrn-{i}".encode(), value=f"secure event {i}".encode(), partition=0, on_delivery=on_delivery)
left = producer.flush(15)

consumed = []
if not errors:
    consumer = Consumer({**common, "group.id": "unused", "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, 0, 0)])
    while len(consumed) < 5:
        msg = consumer.poll(10)
        if msg is None:
            errors.append("no message within 10 s")
            break
        if msg.error():
            errors.append(str(msg.error()))
            break
        consumed.append(msg.value().decode())
    consumer.close()

print(json.dumps({"errors": errors, "unflushed": left, "delivered": delivered, "consumed": consumed}))
