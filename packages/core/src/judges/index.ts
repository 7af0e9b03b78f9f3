// Public exports of the judges module; explicit names only.
export {};
