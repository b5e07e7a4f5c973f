// Passkeys: asks the browser to make or use one (WebAuthn) with the options the server put
// in the button's data-options, then puts the browser's answer, as JSON with base64url
// bytes, in the form's hidden field and sends the form. What it tells the person comes
// translated from the page: the button's data-message-* attributes.
(function () {
  "use strict";

  function toBytes(text) {
    var base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    var binary = atob(base64 + "===".slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes.buffer;
  }

  function toText(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = "";
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function withBytes(list) {
    return (list || []).map(function (item) {
      return Object.assign({}, item, { id: toBytes(item.id) });
    });
  }

  function answer(credential) {
    var r = credential.response;
    var response = { clientDataJSON: toText(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toText(r.attestationObject);
      if (r.getTransports) response.transports = r.getTransports();
    } else {
      response.authenticatorData = toText(r.authenticatorData);
      response.signature = toText(r.signature);
      if (r.userHandle) response.userHandle = toText(r.userHandle);
    }
    return JSON.stringify({
      id: credential.id,
      rawId: toText(credential.rawId),
      type: credential.type,
      response: response,
      clientExtensionResults: credential.getClientExtensionResults(),
    });
  }

  function start(button, registering) {
    var form = button.form;
    var message = form.querySelector("[data-passkey-message]");
    var options = JSON.parse(button.dataset.options);
    options.challenge = toBytes(options.challenge);
    var request;
    if (registering) {
      options.user.id = toBytes(options.user.id);
      options.excludeCredentials = withBytes(options.excludeCredentials);
      request = navigator.credentials.create({ publicKey: options });
    } else {
      options.allowCredentials = withBytes(options.allowCredentials);
      request = navigator.credentials.get({ publicKey: options });
    }
    if (message) message.textContent = button.dataset.messageSteps;
    request.then(function (credential) {
      document.getElementById(button.dataset.target).value = answer(credential);
      form.submit();
    }).catch(function () {
      if (message) message.textContent = button.dataset.messageNotUsed;
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-passkey-register], [data-passkey-sign-in]");
    if (!button) return;
    if (!window.PublicKeyCredential) {
      var message = button.form.querySelector("[data-passkey-message]");
      if (message) message.textContent = button.dataset.messageUnsupported;
      return;
    }
    start(button, button.hasAttribute("data-passkey-register"));
  });
})();
