"""A cap on the size of an upload, checked before the files are read.

Django limits the form fields of a request (DATA_UPLOAD_MAX_MEMORY_SIZE) but not its files:
without this, a 100 MB body is written to a temporary file in full before any form sees
it. The proxy in front should refuse such bodies first (nginx: client_max_body_size).
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler


class UploadSizeLimit(FileUploadHandler):
    """First of FILE_UPLOAD_HANDLERS: refuses a request over UPLOAD_MAX_BYTES from its
    Content-Length, before reading it, and counts the bytes as they come in case the length
    was not told. The refusal is a RequestDataTooBig, which answers 400 (clinic.errors)."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.received = 0
        if content_length > settings.UPLOAD_MAX_BYTES:
            raise RequestDataTooBig("The upload is larger than UPLOAD_MAX_BYTES.")

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.UPLOAD_MAX_BYTES:
            raise RequestDataTooBig("The upload is larger than UPLOAD_MAX_BYTES.")
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handler keeps the file
