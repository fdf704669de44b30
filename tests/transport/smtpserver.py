#!/usr/bin/python3
"""A real SMTP server on loopback for the transport tests (aiosmtpd, Debian's python3-aiosmtpd).

Prints "PORT <n>" once listening. Each accepted mail is written to --maildir as mail-<n>.eml (the
bytes received) and mail-<n>.json (envelope, whether TLS was in use, the authenticated user).
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import ssl
import sys

try:
    from aiosmtpd.smtp import SMTP, AuthResult
except ImportError:
    print("python3-aiosmtpd is missing: apt-get install python3-aiosmtpd", file=sys.stderr)
    sys.exit(3)


class Handler:
    def __init__(self, args):
        self.args = args
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.args.reject_rcpt:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.tempfail_data:
            return "451 4.3.0 Mailbox temporarily unavailable, try again later"
        self.count += 1
        base = os.path.join(self.args.maildir, "mail-%d" % self.count)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "auth_user": session.auth_data.login.decode() if session.authenticated and session.auth_data else None,
        }
        # What a real mail reader makes of it: decoded headers, each part's type and text, defects.
        msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        meta["headers"] = {k.lower(): str(v) for k, v in msg.items()}
        meta["header_names"] = [k.lower() for k in msg.keys()]
        meta["content_type"] = msg.get_content_type()
        meta["parts"] = [{"type": part.get_content_type(), "charset": part.get_content_charset(),
                          "content": part.get_content()}
                         for part in (msg.iter_parts() if msg.is_multipart() else [msg])]
        meta["defects"] = [str(d) for d in msg.defects]
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".json.tmp", "w") as f:
            json.dump(meta, f)
        os.rename(base + ".eml.tmp", base + ".eml")
        os.rename(base + ".json.tmp", base + ".json")
        return "250 2.0.0 Ok: queued as RELAIS%d" % self.count


class DroppingSMTP(SMTP):
    """Says 354, reads one line of the message, then hangs up: a server that dies mid-DATA."""

    async def smtp_DATA(self, arg):
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        await self._reader.readline()
        self.transport.abort()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--maildir", required=True)
    p.add_argument("--auth", help="user:password required before MAIL")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--starttls", action="store_true", help="offer and require STARTTLS (needs --cert/--key)")
    p.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte, as smtps:// (needs --cert/--key)")
    p.add_argument("--drop-in-data", action="store_true")
    p.add_argument("--tempfail-data", action="store_true")
    p.add_argument("--reject-rcpt", action="append", default=[])
    args = p.parse_args()

    context = None
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)

    handler = Handler(args)
    kwargs = {"hostname": "relais-test.invalid"}
    if args.starttls:
        kwargs.update(tls_context=context, require_starttls=True)
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login.decode() == user and auth_data.password.decode() == password
            # handled=False: aiosmtpd then answers 535 itself (with True it says nothing).
            return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

        kwargs.update(authenticator=authenticator, auth_required=True,
                      auth_require_tls=bool(args.starttls))  # implicit TLS is TLS already, unseen by aiosmtpd
    factory = DroppingSMTP if args.drop_in_data else SMTP

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(
        lambda: factory(handler, loop=loop, **kwargs), host="127.0.0.1", port=0,
        ssl=context if args.implicit_tls else None))
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
