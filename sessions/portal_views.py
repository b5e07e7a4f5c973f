from django.shortcuts import render

from clinic.access import client_required


@client_required
def portal(request):
    return render(request, "portal/home.html", {"client": request.user.client_profile})
