import WebSocket from 'ws';

const AWARENESS = 1;

// LEB128 unsigned integer at `at`; returns the value and the next offset.
function varUint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

/**
 * A `ws` WebSocket for load-generating providers on a shared machine: incoming
 * awareness frames are counted (by the number of states they carry) and dropped
 * instead of being decoded, since the benchmark measures the server, and two hundred
 * real browsers would each decode on their own CPU. Everything else passes through.
 */
export function lightSocket(onStates: (count: number) => void) {
  return class LightSocket extends WebSocket {
    // The provider listens with addEventListener; only its 'message' listener is wrapped.
    override addEventListener: WebSocket['addEventListener'] = (type, listener, options) => {
      if (type !== 'message' || typeof listener !== 'function')
        return super.addEventListener(type, listener, options);
      super.addEventListener('message', (event) => {
        const data = new Uint8Array(event.data as ArrayBuffer);
        const [nameLength, afterLength] = varUint(data, 0);
        const [type, afterType] = varUint(data, afterLength + nameLength);
        if (type !== AWARENESS) return (listener as (e: WebSocket.MessageEvent) => void)(event);
        const [, afterUpdateLength] = varUint(data, afterType);
        onStates(varUint(data, afterUpdateLength)[0]);
      });
    };
  };
}
