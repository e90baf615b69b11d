package dev.peregrine.benchmarks.peers.netty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.benchmarks.peers.model.Comparison;
import dev.peregrine.benchmarks.peers.model.Greeting;
import dev.peregrine.benchmarks.peers.model.QueueListing;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import io.netty.util.CharsetUtil;
import io.netty.util.ReferenceCountUtil;

/**
 * Answers each request as soon as its head is decoded and flushes once per read batch, so
 * pipelined requests leave in one write. Routing is hand-written: the five fixed paths by
 * equality, then the two templated families by prefix ({@link TemplatedPaths}).
 */
final class PeerHandler extends ChannelInboundHandlerAdapter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AsciiString TEXT_PLAIN = AsciiString.cached("text/plain; charset=utf-8");
    private static final AsciiString APPLICATION_JSON = AsciiString.cached("application/json");
    private static final byte[] HELLO = Greeting.HELLO.getBytes(CharsetUtil.UTF_8);
    private static final byte[] NOT_FOUND = "{\"title\": \"404 Not Found\"}".getBytes(CharsetUtil.UTF_8);
    private static final byte[] NOT_ALLOWED = "{\"title\": \"405 Method Not Allowed\"}".getBytes(CharsetUtil.UTF_8);

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof HttpRequest request) {
                FullHttpResponse response = answer(request);
                boolean keepAlive = HttpUtil.isKeepAlive(request);
                if (keepAlive) {
                    ctx.write(response, ctx.voidPromise());
                } else {
                    response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                }
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    // PERF: one flush per read batch, so a pipelined batch costs one syscall.
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    private static FullHttpResponse answer(HttpRequest request) {
        if (!HttpMethod.GET.equals(request.method())) {
            return respond(HttpResponseStatus.METHOD_NOT_ALLOWED, APPLICATION_JSON, Unpooled.wrappedBuffer(NOT_ALLOWED));
        }
        String uri = request.uri();
        int queryStart = uri.indexOf('?');
        String path = queryStart < 0 ? uri : uri.substring(0, queryStart);
        String query = queryStart < 0 ? "" : uri.substring(queryStart + 1);
        try {
            return switch (path) {
                case "/plaintext" -> respond(HttpResponseStatus.OK, TEXT_PLAIN, Unpooled.wrappedBuffer(HELLO));
                case "/json" -> json(Greeting.hello());
                case "/queues/demo/messages" -> json(QueueListing.forSizeParam(QueryParameter.first(query, "size")));
                case "/queues/demo/empty" -> respond(HttpResponseStatus.NO_CONTENT, null, Unpooled.EMPTY_BUFFER);
                default -> templated(path);
            };
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The peer's own records must serialize", e);
        }
    }

    private static FullHttpResponse templated(String path) throws JsonProcessingException {
        Object body = path.startsWith(TemplatedPaths.RESOURCE_PREFIX) ? TemplatedPaths.resource(path)
                : path.startsWith(TemplatedPaths.REPOS_PREFIX) ? TemplatedPaths.comparison(path)
                : null;
        if (body == null) {
            return respond(HttpResponseStatus.NOT_FOUND, APPLICATION_JSON, Unpooled.wrappedBuffer(NOT_FOUND));
        }
        return json(body);
    }

    private static FullHttpResponse json(Object body) throws JsonProcessingException {
        return respond(HttpResponseStatus.OK, APPLICATION_JSON, Unpooled.wrappedBuffer(MAPPER.writeValueAsBytes(body)));
    }

    private static FullHttpResponse respond(HttpResponseStatus status, AsciiString contentType, ByteBuf content) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content, false);
        if (contentType != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        if (status != HttpResponseStatus.NO_CONTENT) {
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        }
        response.headers().set(HttpHeaderNames.DATE, HttpDate.now());
        return response;
    }
}
