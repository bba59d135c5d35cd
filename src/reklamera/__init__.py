"""reklamera: complain about a faulty product the right way (Nordic consumer-sale law)."""

__version__ = "0.1.0"
