// Kafka's TransactionState (transaction-coordinator's TransactionState.java): the states of
// one transactional id, the byte each is stored as in __transaction_state, the name
// DescribeTransactions/ListTransactions use, and which states each may follow.

export const TRANSACTION_STATES = [
  "Empty",
  "Ongoing",
  "PrepareCommit",
  "PrepareAbort",
  "CompleteCommit",
  "CompleteAbort",
  "Dead",
  "PrepareEpochFence",
] as const;
export type TransactionState = (typeof TRANSACTION_STATES)[number];

/** The state byte of TransactionLogValue (its index in Kafka's enum). */
export function transactionStateId(state: TransactionState): number {
  return TRANSACTION_STATES.indexOf(state);
}

export function transactionStateFromId(id: number): TransactionState | undefined {
  return TRANSACTION_STATES[id];
}

/** The names the admin APIs use (Kafka's TransactionState.stateName): the states' own names. */
export function transactionStateName(state: TransactionState): string {
  return state;
}

export function transactionStateFromName(name: string): TransactionState | undefined {
  return TRANSACTION_STATES.find((s) => s === name);
}

const VALID_PREVIOUS: Record<TransactionState, readonly TransactionState[]> = {
  Empty: ["Empty", "CompleteCommit", "CompleteAbort"],
  Ongoing: ["Ongoing", "Empty", "CompleteCommit", "CompleteAbort"],
  PrepareCommit: ["Ongoing"],
  PrepareAbort: ["Ongoing", "PrepareEpochFence"],
  CompleteCommit: ["PrepareCommit"],
  CompleteAbort: ["PrepareAbort"],
  Dead: ["Empty", "CompleteCommit", "CompleteAbort"],
  PrepareEpochFence: ["Ongoing"],
};

/** Whether `to` may follow `from` (Kafka's TransactionState.validPreviousStates). */
export function isValidTransition(from: TransactionState, to: TransactionState): boolean {
  return VALID_PREVIOUS[to].includes(from);
}

/** States in which a transaction is finished and a new one may begin. */
export function isTransactionComplete(state: TransactionState): boolean {
  return state === "Empty" || state === "CompleteCommit" || state === "CompleteAbort";
}
