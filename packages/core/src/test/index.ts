// Deterministic test doubles for valueflow and its plugins: simulated judge, mock embedder, fixture panel.
export {};
