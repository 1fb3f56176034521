// The subscription a consumer sends as JoinGroup protocol metadata when the protocol
// type is "consumer" (ConsumerProtocolSubscription.json): int16 version | topics
// [string] | userData nullable bytes | ... (later versions only append fields). The
// coordinator reads only the topics: OffsetDelete refuses topics a member subscribes to
// (GROUP_SUBSCRIBED_TO_TOPIC) and KIP-496 expires offsets of topics nobody subscribes to.
import { Reader } from "../../protocol/primitives/reader.js";

export const CONSUMER_PROTOCOL_TYPE = "consumer";

/** The subscribed topics, or undefined when the metadata is not a readable subscription. */
export function subscribedTopics(metadata: Buffer): string[] | undefined {
  const r = new Reader(metadata);
  const version = r.int16();
  const count = version >= 0 ? r.arrayLength() : 0;
  const topics: string[] = [];
  for (let i = 0; i < count && r.ok; i++) topics.push(r.string());
  return r.ok && version >= 0 ? topics : undefined;
}
