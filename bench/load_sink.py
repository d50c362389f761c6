"""The mail server of bench/load: accepts every message on loopback and records who got what.

One JSON line per message (envelope recipients, subject, the request reference in the subject),
written and flushed as the message is accepted, so nothing is lost when the sink is stopped.
"""

import argparse
import json
import signal
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from load_browser import REFERENCE


class Recorder:
    def __init__(self, file):
        self.file = file

    async def handle_DATA(self, server, session, envelope):
        subject = str(message_from_bytes(envelope.content, policy=policy.default)["Subject"] or "")
        reference = REFERENCE.search(subject)
        record = {
            "to": sorted(envelope.rcpt_tos),
            "subject": subject,
            "reference": reference and reference[0],
        }
        self.file.write(json.dumps(record) + "\n")
        self.file.flush()
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--record", required=True, help="file the JSON lines are appended to")
    args = parser.parse_args()
    # Blocked before the server's thread starts, so that it inherits the mask and sigwait() gets them.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    with open(args.record, "a") as file:
        controller = Controller(Recorder(file), hostname="127.0.0.1", port=args.port)
        controller.start()
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
        controller.stop()


if __name__ == "__main__":
    main()
