document.getElementById("app")!.textContent = "Moltnet console";
