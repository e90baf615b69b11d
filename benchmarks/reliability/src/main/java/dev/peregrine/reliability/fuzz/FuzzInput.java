package dev.peregrine.reliability.fuzz;

import java.util.List;

/**
 * One fuzz input: the bytes sent on a fresh connection and what the fuzzer meant by them.
 *
 * @param category     the probe category that made it
 * @param variant      the mutation applied, for the counts and the reproducer
 * @param seed         the seed that regenerates it ({@link InputGenerator#generate(long)})
 * @param bytes        the bytes sent
 * @param intended     the requests the fuzzer meant to send, in order; no more answers than these may come back
 * @param expectation  what the answer to the first request must be
 * @param exactEcho    whether every echo must report exactly the intended method and target at its position
 *                     (false when the request line itself was mutated)
 * @param strayAnswers answers allowed beyond {@code intended}: a random byte mutation can leave a
 *                     stray line that the server rightly answers 400
 */
record FuzzInput(Category category, String variant, long seed, byte[] bytes, List<IntendedRequest> intended,
                 Expectation expectation, boolean exactEcho, int strayAnswers) {
}
