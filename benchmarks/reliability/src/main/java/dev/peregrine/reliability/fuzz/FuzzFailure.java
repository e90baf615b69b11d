package dev.peregrine.reliability.fuzz;

import java.util.Base64;

/** An input the server failed on, with what the oracle saw: enough to replay it. */
record FuzzFailure(FuzzInput input, ExchangeResult result) {

    /** The reproducer file's text: the seed and oracle complaint, the bytes in base64 and escaped. */
    String reproducer() {
        return "category: " + input.category() + "\nvariant: " + input.variant() + "\nseed: " + input.seed()
                + "\nexpectation: " + input.expectation() + "\nintended: " + input.intended()
                + "\nstatuses: " + result.statuses() + "\nfailure: " + result.failure()
                + "\nreplay: benchmarks/reliability/run fuzz --replay " + input.seed()
                + "\nbase64: " + Base64.getEncoder().encodeToString(input.bytes())
                + "\nescaped:\n" + escaped(input.bytes()) + "\n";
    }

    private static String escaped(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            switch (c) {
                case '\r' -> text.append("\\r");
                case '\n' -> text.append("\\n\n");
                case '\\' -> text.append("\\\\");
                default -> text.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
            }
        }
        return text.toString();
    }
}
