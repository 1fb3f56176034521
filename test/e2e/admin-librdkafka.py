# TEST-ONLY: driven by admin-librdkafka.test.ts. Runs the confluent_kafka (librdkafka)
# AdminClient against the broker given as argv[1] and prints one JSON object of outcomes.
# librdkafka speaks other versions than KafkaJS (CreateTopics v4, DescribeConfigs v1).
import json
import sys

from confluent_kafka import KafkaException
from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic


def outcome(futures):
    """topic/resource -> "OK" or the Kafka error name."""
    result = {}
    for key, future in futures.items():
        try:
            future.result(timeout=10)
            result[str(getattr(key, "name", key))] = "OK"
        except KafkaException as e:
            result[str(getattr(key, "name", key))] = e.args[0].name()
    return result


admin = AdminClient({"bootstrap.servers": sys.argv[1]})
out = {}
out["validate_only"] = outcome(admin.create_topics([NewTopic("rdkafka.dry.run", 2, 1)], validate_only=True))
out["create"] = outcome(admin.create_topics([
    NewTopic("rdkafka.events", 3, 1, config={"retention.ms": "60000"}),
    NewTopic("rdkafka.rf3", 1, 3),
    NewTopic("rdkafka.manual", 2, replica_assignment=[[1], [1]]),
]))
out["create_again"] = outcome(admin.create_topics([NewTopic("rdkafka.events", 1, 1)]))
out["partitions"] = outcome(admin.create_partitions([NewPartitions("rdkafka.events", 5)]))
metadata = admin.list_topics(timeout=10)
out["partition_counts"] = {name: len(t.partitions) for name, t in metadata.topics.items()}
resource = ConfigResource("topic", "rdkafka.events")
described = admin.describe_configs([resource])[resource].result(timeout=10)
out["retention"] = {"value": described["retention.ms"].value, "source": described["retention.ms"].source}
out["alter"] = outcome(admin.alter_configs([ConfigResource("topic", "rdkafka.events", set_config={"cleanup.policy": "compact"})]))
described = admin.describe_configs([resource])[resource].result(timeout=10)
out["after_alter"] = {name: described[name].value for name in ("cleanup.policy", "retention.ms")}
out["delete"] = outcome(admin.delete_topics(["rdkafka.events", "rdkafka.never"]))
print(json.dumps(out))
