"""The demo account whose sign-in asks for a second step."""

MFA_EMAIL = "mfa@harbour.example"
# A fixed key (base32), so the code a tester's authenticator app shows stays right across
# every `make run`. Demo only: never use a known key for a real account.
DEMO_TOTP_SECRET = "BODYWORKNOTESDEMOHARBOURMFA23456"
