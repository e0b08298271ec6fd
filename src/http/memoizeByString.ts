// A pure function of a request header, remembered per header value: clients send the same Accept,
// Accept-Language and Accept-Encoding on every request, and parsing them (negotiator) cost more
// than the rest of answering a kept page. Bounded: when full it starts again, so clients sending
// ever-new values cannot make it grow.
export function memoizeByString<T>(compute: (value: string) => T, maxEntries = 256): (value: string) => T {
  let memo = new Map<string, T>();
  return (value: string) => {
    let result = memo.get(value);
    if (result === undefined && !memo.has(value)) {
      result = compute(value);
      if (memo.size >= maxEntries) memo = new Map();
      memo.set(value, result);
    }
    return result as T;
  };
}
