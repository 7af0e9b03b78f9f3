// Public exports of the steering module; explicit names only.
export {};
