"""The office case register: every saved case listed for search, follow-up and statistics.

A SQLite file in the user's data folder by default (nothing to install); a PostgreSQL database named in the site
configuration for an office with several desks. It never leaves the machine or the office's database."""
