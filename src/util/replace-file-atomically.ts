// Replaces a small file so that a crash leaves either the old or the new content, never a
// mix: write a temporary file beside it, fsync it, rename it over the target, fsync the
// directory. Used by the metadata files in the log dir (topics, ACLs, SCRAM credentials,
// producer id blocks).
import { closeSync, constants, fsyncSync, openSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";

export function replaceFileAtomically(path: string, text: string, mode = 0o644): void {
  const tmp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, mode);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dirFd = openSync(dirname(path), constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}
