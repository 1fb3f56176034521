// Healthcare data classification of a topic (carebus.data.classification): PHI,
// deidentified or public. An explicit topic config wins; otherwise the name's prefix
// decides (carebus.classification.phi.prefixes, then
// carebus.classification.deidentified.prefixes), else public. The value is resolved by
// the topic config defaults (src/config/topic-config.ts); the authorizer only reads it.
export type { DataClassification } from "../../config/topic-config.js";
