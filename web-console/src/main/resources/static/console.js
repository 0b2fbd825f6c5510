// htmx sends the page's CSRF token with every request it makes (the token and header name are in the page's meta tags).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A button with data-copy puts the value of the field it names on the clipboard (the signing secret, shown once).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  var field = button && document.querySelector(button.getAttribute('data-copy'));
  if (field && navigator.clipboard) {
    navigator.clipboard.writeText(field.value);
  } else if (field) {
    field.select();
    document.execCommand('copy');
  }
});
