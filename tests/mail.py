"""A real SMTP server on loopback (aiosmtpd) for the tests of the emails."""

import asyncio
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller

from tests.servers import free_port


class Inbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def text_of(self, message) -> str:
        return f"{message['Subject']}\n{message.get_body(('plain',)).get_content()}"


class SlowInbox(Inbox):
    """A mail server that takes its time to accept, so that two senders overlap."""

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.5)
        return await super().handle_DATA(server, session, envelope)


class EnvelopeInbox(Inbox):
    """An inbox that also keeps each message's envelope: who the SMTP server was asked to deliver to."""

    def __init__(self):
        super().__init__()
        self.recipients = []

    async def handle_DATA(self, server, session, envelope):
        self.recipients.append(sorted(envelope.rcpt_tos))
        return await super().handle_DATA(server, session, envelope)


class SMTPServer:
    """A real SMTP server on loopback that a test can stop and start again on the same port."""

    def __init__(self):
        self.port = free_port(56400)
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self):
        return self.inbox.messages
