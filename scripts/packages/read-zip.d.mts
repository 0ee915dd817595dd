/** Every file entry of the zip at `path` (folders left out), in archive order: name → content. */
export function readZip(path: string): Map<string, Buffer>;
