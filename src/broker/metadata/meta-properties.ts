// `meta.properties` in the log dir, as Kafka's KRaft brokers write it (version=1 with
// cluster.id and node.id). The cluster id is made once, when the log dir is new, and
// never changes; a log dir formatted for another node id is refused at start-up.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseProperties, propertiesToMap } from "../../config/properties-file.js";
import { randomUuid } from "./topic-store.js";

export const META_PROPERTIES_FILE = "meta.properties";

export interface MetaProperties {
  clusterId: string;
  nodeId: number;
}

export function loadOrCreateMetaProperties(logDir: string, nodeId: number, clusterId?: string): MetaProperties {
  const path = join(logDir, META_PROPERTIES_FILE);
  if (existsSync(path)) {
    const props = propertiesToMap(parseProperties(readFileSync(path, "utf8")));
    const storedCluster = props.get("cluster.id");
    const storedNode = Number(props.get("node.id"));
    if (storedCluster === undefined || !Number.isInteger(storedNode)) {
      throw new Error(`${path} is missing cluster.id or node.id`);
    }
    if (storedNode !== nodeId) {
      throw new Error(`${path} belongs to node.id=${storedNode}, but this broker is node.id=${nodeId}`);
    }
    if (clusterId !== undefined && clusterId !== storedCluster) {
      throw new Error(`${path} belongs to cluster ${storedCluster}, but carebus.cluster.id is ${clusterId}`);
    }
    return { clusterId: storedCluster, nodeId };
  }
  const meta = { clusterId: clusterId ?? randomUuid(), nodeId };
  writeFileSync(
    path,
    `#\n#${new Date().toUTCString()}\nnode.id=${meta.nodeId}\nversion=1\ncluster.id=${meta.clusterId}\n`,
  );
  return meta;
}
