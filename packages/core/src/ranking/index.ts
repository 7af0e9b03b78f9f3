// Public exports of the ranking module; explicit names only.
export {};
