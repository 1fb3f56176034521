# TEST-ONLY: driven by schema-registry-avro-python.test.ts. confluent_kafka's AvroSerializer
# registers the schema with Carebus's registry and produces Confluent-framed Avro records;
# a DeserializingConsumer with AvroDeserializer then reads every record of the topic (the
# ones the Node side wrote too) and prints them as JSON lines.
import json
import sys

from confluent_kafka import DeserializingConsumer, SerializingProducer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import StringDeserializer, StringSerializer

bootstrap, registry_url, topic, mode = sys.argv[1:5]
client = SchemaRegistryClient({"url": registry_url})

if mode == "produce":
    schema = sys.stdin.read()
    producer = SerializingProducer({
        "bootstrap.servers": bootstrap,
        "acks": "all",
        "key.serializer": StringSerializer("utf_8"),
        "value.serializer": AvroSerializer(client, schema),
    })
    for i in range(3):
        producer.produce(topic, key=f"py-{i}", value={"patientId": f"P-PY-{i}", "heartRate": 60 + i, "note": None if i == 0 else f"python {i}"})
    producer.flush(30)
    print(json.dumps({"produced": 3}))
else:
    expected = int(mode)
    consumer = DeserializingConsumer({
        "bootstrap.servers": bootstrap,
        "group.id": "avro-python-reader",
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
        "key.deserializer": StringDeserializer("utf_8"),
        "value.deserializer": AvroDeserializer(client),
    })
    consumer.subscribe([topic])
    seen = []
    for _ in range(600):
        msg = consumer.poll(0.1)
        if msg is None:
            if len(seen) >= expected:
                break
            continue
        if msg.error():
            raise SystemExit(str(msg.error()))
        seen.append({"key": msg.key(), "value": msg.value()})
    consumer.close()
    print(json.dumps(seen))
