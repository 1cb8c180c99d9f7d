#!/usr/bin/env python3
"""A TCP forwarder that adds network latency, for the benchmarks of issue #10.

    latencyproxy.py --listen 127.0.0.1:PORT --target 127.0.0.1:PGPORT --delay-ms 5

Every chunk of bytes is held for --delay-ms before it is passed on, in both directions, so a
round trip through the proxy takes 2 x delay more than a direct one (5 ms each way: 10 ms of added
round trip, a server across a city). Order within a connection is kept; throughput is not limited.
The kernel's netem queueing discipline would do the same, but containers often lack it.
Prints "listening on HOST:PORT" once it accepts connections; stops on SIGTERM or Ctrl+C.
"""
import argparse
import asyncio
import signal


async def pump(reader, writer, delay):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def send():
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                writer.close()
                return
            writer.write(data)
            await writer.drain()

    sender = asyncio.create_task(send())
    try:
        while True:
            data = await reader.read(1 << 16)
            await queue.put((loop.time() + delay, data))
            if not data:
                break
    except ConnectionError:
        await queue.put((loop.time(), b""))
    await sender


async def serve(listen_host, listen_port, target_host, target_port, delay):
    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(target_host, target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, server_writer, delay),
                             pump(server_reader, client_writer, delay),
                             return_exceptions=True)

    server = await asyncio.start_server(handle, listen_host, listen_port)
    print(f"listening on {listen_host}:{server.sockets[0].getsockname()[1]}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT to accept on (port 0: any free one)")
    parser.add_argument("--target", required=True, help="HOST:PORT to forward to")
    parser.add_argument("--delay-ms", type=float, default=5.0, help="delay added in each direction")
    args = parser.parse_args()
    listen_host, listen_port = args.listen.rsplit(":", 1)
    target_host, target_port = args.target.rsplit(":", 1)
    asyncio.run(serve(listen_host, int(listen_port), target_host, int(target_port), args.delay_ms / 1000.0))


if __name__ == "__main__":
    main()
