// The one screen refreshes itself: every element with data-refresh is fetched again every
// 30 seconds and replaced in place (the figures block whole, the map's contents), without
// reloading the page. A failed fetch keeps what is shown and marks it as stale.
(function () {
	const PERIOD = 30000;

	function load(el) {
		const url = el.dataset.refresh;
		return fetch(url, { headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok || response.redirected) {
					throw new Error(response.status);
				}
				return response.text();
			})
			.then(function (html) {
				if (el.id === 'screen-figures') {
					const holder = document.createElement('div');
					holder.innerHTML = html;
					const fresh = holder.querySelector('#screen-figures');
					if (fresh) {
						el.replaceWith(fresh);
					}
				} else {
					el.innerHTML = html;
				}
				document.body.classList.remove('screen-stale');
			})
			.catch(function () {
				document.body.classList.add('screen-stale');
			});
	}

	function refreshAll() {
		document.querySelectorAll('[data-refresh]').forEach(load);
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('#screen-map[data-refresh]').forEach(load);
		setInterval(refreshAll, PERIOD);
	});
})();
