"""Quebec's Law 25 at a clinic: the person in charge of the protection of personal
information, and the register of confidentiality incidents."""
