package dev.peregrine.reliability.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Makes fuzz inputs, each from a seed alone, so a failing input is reproduced from its seed: a
 * category, then one of its mutations applied to a valid request, followed by up to two valid
 * pipelined requests (a misframed first request shows up in how those are answered).
 */
final class InputGenerator {

    /** Category weights in percent, in {@link Category} order. */
    private static final int[] WEIGHTS = {8, 14, 14, 16, 14, 16, 18};

    private InputGenerator() {
    }

    /** The seed of input {@code index} of a run seeded {@code runSeed}. */
    static long inputSeed(long runSeed, long index) {
        return new SplittableRandom(runSeed + index * 0x9E3779B97F4A7C15L).nextLong();
    }

    /** The input made from {@code seed}. */
    static FuzzInput generate(long seed) {
        Random random = new Random(seed);
        Category category = category(random.nextInt(100));
        return switch (category) {
            case VALID -> valid(seed, random);
            case REQUEST_LINE -> {
                int variant = random.nextInt(RequestLineMutations.variants());
                RawRequest first = ValidRequests.random(random, 0);
                Expectation expectation = RequestLineMutations.apply(variant, first, random);
                yield structural(category, RequestLineMutations.name(variant), seed, random, first, expectation, false, 1);
            }
            case HEADERS -> {
                int variant = random.nextInt(HeaderMutations.variants());
                RawRequest first = ValidRequests.random(random, 0);
                Expectation expectation = HeaderMutations.apply(variant, first, random);
                yield structural(category, HeaderMutations.name(variant), seed, random, first, expectation, true, 0);
            }
            case CHUNKED -> {
                int variant = random.nextInt(ChunkedMutations.variants());
                RawRequest first = new RawRequest("POST", "/echo/0").header("Host", "fuzz");
                Expectation expectation = ChunkedMutations.apply(variant, first, random);
                yield structural(category, ChunkedMutations.name(variant), seed, random, first, expectation, true, 0);
            }
            case CONTENT_LENGTH -> {
                int variant = random.nextInt(ContentLengthMutations.variants());
                RawRequest first = new RawRequest("POST", "/echo/0").header("Host", "fuzz");
                Expectation expectation = ContentLengthMutations.apply(variant, first, random);
                yield structural(category, ContentLengthMutations.name(variant), seed, random, first, expectation,
                        ContentLengthMutations.keepsLaterRequests(variant), 0);
            }
            case SMUGGLING -> {
                int variant = random.nextInt(SmugglingPatterns.variants());
                RawRequest first = new RawRequest("POST", "/echo/0").header("Host", "fuzz");
                Expectation expectation = SmugglingPatterns.apply(variant, first);
                yield structural(category, SmugglingPatterns.name(variant), seed, random, first, expectation, true,
                        SmugglingPatterns.strayAnswers(variant));
            }
            case BYTES -> bytes(seed, random);
        };
    }

    private static Category category(int percent) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i];
            if (percent < sum) {
                return Category.values()[i];
            }
        }
        throw new IllegalStateException("category weights add up to " + sum + ", not 100");
    }

    private static FuzzInput valid(long seed, Random random) {
        List<RawRequest> requests = pipeline(random, 0, 1 + random.nextInt(4));
        return input(Category.VALID, requests.size() == 1 ? "single" : "pipelined " + requests.size(), seed, requests,
                Expectation.ACCEPT, true, 0, render(requests));
    }

    private static FuzzInput structural(Category category, String variant, long seed, Random random, RawRequest first,
                                        Expectation expectation, boolean exactEcho, int strayAnswers) {
        List<RawRequest> requests = new ArrayList<>();
        requests.add(first);
        requests.addAll(pipeline(random, 1, random.nextInt(3)));
        return input(category, variant, seed, requests, expectation, exactEcho, strayAnswers, render(requests));
    }

    private static FuzzInput bytes(long seed, Random random) {
        List<RawRequest> requests = pipeline(random, 0, 1 + random.nextInt(3));
        StringBuilder names = new StringBuilder();
        byte[] mutated = ByteMutations.mutate(render(requests), random, names);
        // NOTE: a mutation can only add answers by creating request lines (each needs " HTTP/1."),
        // plus one error answer, after which the server closes.
        int strayAnswers = Math.max(0, occurrences(mutated, " HTTP/1.") - requests.size()) + 1;
        return input(Category.BYTES, names.toString(), seed, requests, Expectation.EITHER, false, strayAnswers, mutated);
    }

    private static List<RawRequest> pipeline(Random random, int firstIndex, int count) {
        List<RawRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(ValidRequests.random(random, firstIndex + i));
        }
        return requests;
    }

    private static FuzzInput input(Category category, String variant, long seed, List<RawRequest> requests,
                                   Expectation expectation, boolean exactEcho, int strayAnswers, byte[] bytes) {
        List<IntendedRequest> intended = requests.stream().map(RawRequest::intended).toList();
        return new FuzzInput(category, variant, seed, bytes, intended, expectation, exactEcho, strayAnswers);
    }

    private static byte[] render(List<RawRequest> requests) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (RawRequest request : requests) {
            out.writeBytes(request.render());
        }
        return out.toByteArray();
    }

    private static int occurrences(byte[] bytes, String text) {
        byte[] needle = ValidRequests.ascii(text);
        int count = 0;
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }
}
