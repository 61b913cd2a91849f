// Patrol: when the officer ticks "share my position", fill the hidden position fields of the forms marked
// .patrol-position with the phone's position (the browser asks for permission; nothing leaves the app).
document.addEventListener('DOMContentLoaded', () => {
	const share = document.querySelector('.share-position');
	if (!share || !navigator.geolocation) {
		return;
	}
	share.addEventListener('change', () => {
		if (!share.checked) {
			document.querySelectorAll('.position-latitude, .position-longitude').forEach((f) => { f.value = ''; });
			return;
		}
		navigator.geolocation.getCurrentPosition((p) => {
			document.querySelectorAll('.position-latitude').forEach((f) => { f.value = p.coords.latitude.toFixed(6); });
			document.querySelectorAll('.position-longitude').forEach((f) => { f.value = p.coords.longitude.toFixed(6); });
		}, () => { share.checked = false; }, { enableHighAccuracy: true, timeout: 10000 });
	});
});
