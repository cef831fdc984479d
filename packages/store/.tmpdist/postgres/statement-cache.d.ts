export declare class StatementCache<K extends string, V> {
    #private;
    constructor(build: (key: K) => V);
    get(key: K): V;
}
