interface Next<R> {
  query: () => Promise<R>;
  answer: Promise<R>;
  resolve(answer: R): void;
  reject(err: unknown): void;
}

/**
 * Identical reads share one query. A read whose key names a query already sent waits for that query to
 * end and joins the next one, which is then sent once for everyone who joined. A read never joins a query
 * sent before it was asked for, so it sees every write its caller saw acknowledged: what it gets is what
 * a query of its own, sent a moment later, would have read. A quiet service sends each read at once.
 *
 * Many clients asking for the same list at once (the marketplace's first page, a popular search) then
 * cost one query a round trip, not one each: the statement's write to the database's socket and the
 * database's own turn were most of a list's cost. Everyone who shares a query gets the same answer
 * object, so an answer must not be changed after it is made.
 */
export class SharedReads<R> {
  /** For each key with a query out: the query its later readers will share, once one has asked. */
  private readonly out = new Map<string, Next<R> | undefined>();

  read(key: string, query: () => Promise<R>): Promise<R> {
    if (!this.out.has(key)) return this.send(key, query);
    let next = this.out.get(key);
    if (next === undefined) {
      let resolve!: (answer: R) => void;
      let reject!: (err: unknown) => void;
      const answer = new Promise<R>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      next = { query, answer, resolve, reject };
      this.out.set(key, next);
    }
    return next.answer;
  }

  private send(key: string, query: () => Promise<R>): Promise<R> {
    this.out.set(key, undefined);
    const answer = (async () => query())();
    const ended = () => {
      const next = this.out.get(key);
      if (next === undefined) {
        this.out.delete(key);
        return;
      }
      this.send(key, next.query).then(next.resolve, next.reject);
    };
    answer.then(ended, ended);
    return answer;
  }
}
