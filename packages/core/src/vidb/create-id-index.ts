/** Finds repeated ids among a growing list of records; see {@link createIdIndex}. */
export interface IdIndex {
  /**
   * Registers `id` for position `index`, unless an earlier position holds the same id.
   *
   * @returns -1 when the id is new, else the earlier position.
   */
  add(id: string, index: number): number;
}

const initialSlots = 1 << 12;

/**
 * Creates an open-addressing hash index over string ids that stores positions in typed arrays.
 * A `Map` of 320k fresh strings costs more than parsing them, mostly in garbage collection (its
 * table is rebuilt as it grows and points at young strings); this index holds no pointers, so
 * loading a full panel stays close to the cost of `JSON.parse`.
 *
 * @param idAt - Returns the id at a registered position, to confirm a hash match.
 */
export function createIdIndex(idAt: (index: number) => string): IdIndex {
  let slots = new Int32Array(initialSlots).fill(-1);
  let hashes = new Int32Array(initialSlots);
  let mask = initialSlots - 1;
  let count = 0;

  const grow = () => {
    const oldSlots = slots;
    const oldHashes = hashes;
    slots = new Int32Array(oldSlots.length * 2).fill(-1);
    hashes = new Int32Array(oldSlots.length * 2);
    mask = slots.length - 1;
    for (let slot = 0; slot < oldSlots.length; slot++) {
      if (oldSlots[slot] < 0) continue;
      let target = oldHashes[slot] & mask;
      while (slots[target] >= 0) target = (target + 1) & mask;
      slots[target] = oldSlots[slot];
      hashes[target] = oldHashes[slot];
    }
  };

  return {
    add(id, index) {
      let hash = 0x811c9dc5;
      for (let position = 0; position < id.length; position++) {
        hash = Math.imul(hash ^ id.charCodeAt(position), 0x01000193);
      }
      // Spread the low bits, which pick the slot.
      hash ^= hash >>> 15;
      let slot = hash & mask;
      while (slots[slot] >= 0) {
        if (hashes[slot] === hash && idAt(slots[slot]) === id) return slots[slot];
        slot = (slot + 1) & mask;
      }
      slots[slot] = index;
      hashes[slot] = hash;
      count++;
      if (count * 2 > slots.length) grow();
      return -1;
    },
  };
}
