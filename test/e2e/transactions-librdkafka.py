# TEST-ONLY: driven by transactions-librdkafka.test.ts. A transactional confluent_kafka
# Producer: init_transactions, one committed and one aborted transaction. Prints one JSON object.
import json
import sys

from confluent_kafka import Producer

bootstrap, topic = sys.argv[1], sys.argv[2]
errors = []


def on_delivery(err, msg):
    if err is not None:
        errors.append(str(err))


producer = Producer({
    "bootstrap.servers": bootstrap,
    "transactional.id": "py-txn",
    "transaction.timeout.ms": 30000,
    "error_cb": lambda err: errors.append("error_cb: " + str(err)),
})
producer.init_transactions(30)
producer.begin_transaction()
for i in range(3):
    producer.produce(topic, value=f"committed {i}".encode(), partition=0, on_delivery=on_delivery)
producer.commit_transaction(30)
producer.begin_transaction()
producer.produce(topic, value=b"aborted", partition=0, on_delivery=on_delivery)
producer.flush(30)
producer.abort_transaction(30)
print(json.dumps({"errors": errors}))
