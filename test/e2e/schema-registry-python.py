# Drives Carebus's Schema Registry with confluent_kafka's SchemaRegistryClient and prints
# what it saw as JSON for schema-registry-python.test.ts to check.
import json
import sys

from confluent_kafka.schema_registry import Schema, SchemaRegistryClient
from confluent_kafka.schema_registry.error import SchemaRegistryError

url = sys.argv[1]
client = SchemaRegistryClient({"url": url})
subject = "clinical.vitals.recorded-value"
v1 = {"type": "record", "name": "VitalsRecorded", "namespace": "org.carebus", "fields": [{"name": "patientId", "type": "string"}]}
v2 = dict(v1, fields=v1["fields"] + [{"name": "heartRate", "type": "int", "default": 0}])
bad = dict(v1, fields=v1["fields"] + [{"name": "spo2", "type": "int"}])

out = {}
out["id1"] = client.register_schema(subject, Schema(json.dumps(v1), "AVRO"))
out["id2"] = client.register_schema(subject, Schema(json.dumps(v2), "AVRO"))
latest = client.get_latest_version(subject)
out["latest"] = {"id": latest.schema_id, "version": latest.version, "subject": latest.subject, "type": latest.schema.schema_type}
out["versions"] = client.get_versions(subject)
out["compatible_bad"] = client.test_compatibility(subject, Schema(json.dumps(bad), "AVRO"))
out["set_compat"] = client.set_compatibility(subject, "NONE")
out["compatible_bad_after_none"] = client.test_compatibility(subject, Schema(json.dumps(bad), "AVRO"))
out["by_id"] = json.loads(client.get_schema(out["id1"]).schema_str)
try:
    client.get_latest_version("no-such-subject")
except SchemaRegistryError as e:
    out["error"] = {"http": e.http_status_code, "code": e.error_code, "message": e.error_message}
print(json.dumps(out))
