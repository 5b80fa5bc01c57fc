// Hostile: calls exit(0) whenever asked (the driver builds an ArcTan for every request).
// The self-check compiles the Solution with one line changed, and this file beside it.
// Patch: `public init() {}` → `public init() { exit(0) }`
