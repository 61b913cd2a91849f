// Forms marked data-once disable their submit buttons after the first submit, so a double click sends one request.
document.addEventListener('submit', function (event) {
	const form = event.target;
	if (form.matches('form[data-once]')) {
		if (form.dataset.submitted) {
			event.preventDefault();
			return;
		}
		form.dataset.submitted = 'true';
		form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
	}
});
