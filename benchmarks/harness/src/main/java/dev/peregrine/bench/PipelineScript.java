package dev.peregrine.bench;

/** The Lua script that makes wrk pipeline requests: {@code depth} copies of the request sent at once. */
public final class PipelineScript {
    private PipelineScript() {
    }

    /**
     * Returns the script's text. wrk formats the request once (with the path from its URL and any
     * {@code -H} headers) and counts every answer, so throughput counts requests, not batches.
     *
     * @param depth requests per batch, at least 2
     * @return the Lua source
     */
    public static String lua(int depth) {
        if (depth < 2) {
            throw new IllegalArgumentException("A pipeline needs a depth of at least 2, not " + depth + ".");
        }
        return """
                -- Sends %d requests back to back on each connection, then reads their answers.
                init = function(args)
                  local batch = {}
                  for i = 1, %d do
                    batch[i] = wrk.format()
                  end
                  pipelined = table.concat(batch)
                end

                request = function()
                  return pipelined
                end
                """.formatted(depth, depth);
    }
}
